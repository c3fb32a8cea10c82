"""The whole life of a task, in a real browser against the real server:
a clerk uploads a conclusion notice, reviews the tasks the extractor
proposes and confirms them; the unit that leads one of them reports it done;
the leader confirms the completion; every role then sees "Đã hoàn thành".

Screenshots of every step go to artifacts/browser/ (one PNG per step).
Run: python3 -m unittest discover -s Tests/browser -v   (after swift build)
"""

import os
import re
import json
import urllib.request
import unittest

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from dondoc_server import REPO, DondocServer

SHARED = os.environ.get("DONDOC_SHARED", os.path.join(REPO, "..", "shared"))
SEED_003 = os.path.join(SHARED, "corpus", "seeds", "003_5ad647f2f3390439.txt")
ARTIFACTS = os.path.join(REPO, "artifacts", "browser")
PASSWORD = "dondoc2026"  # DemoData.password

UUID = r"[0-9A-Fa-f-]{36}"


def api(base_url, path, token=None, body=None):
    request = urllib.request.Request(base_url + path, data=json.dumps(body).encode() if body else None,
                                     headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def unit_logins(base_url):
    """{unit id: (unit name, username)} for the demo's unit members, read
    through the API as the administrator: the demo directory may change, the
    test follows it."""
    token = api(base_url, "/api/v1/tokens", body={"username": "quantri", "password": PASSWORD})["token"]
    names = {u["id"]: u["name"] for u in api(base_url, "/api/v1/units", token)}
    return {u["unitID"]: (names[u["unitID"]], u["username"])
            for u in api(base_url, "/api/v1/users", token) if u["role"] == "don_vi" and u.get("unitID") in names}


def make_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=vi"):
        options.add_argument(flag)
    service = Service(executable_path=os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"))
    return webdriver.Chrome(options=options, service=service)


@unittest.skipUnless(os.path.exists(SEED_003), f"seed document not found: {SEED_003}")
class DocumentToDoneTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(ARTIFACTS, exist_ok=True)
        for old in os.listdir(ARTIFACTS):
            if old.endswith(".png"):
                os.remove(os.path.join(ARTIFACTS, old))
        cls.server = DondocServer().__enter__()
        try:
            cls.browser = make_browser()
        except Exception:
            cls.server.__exit__(None, None, None)
            raise
        # A page may be replaced between finding an element and reading it
        # (a form posts and redirects): such errors mean "not yet", not failure.
        cls.wait = WebDriverWait(cls.browser, 20, ignored_exceptions=(WebDriverException,))
        cls.unit_logins = unit_logins(cls.server.base_url)
        cls.step = 0

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()
        cls.server.__exit__(None, None, None)

    # -- helpers ---------------------------------------------------------

    def open(self, path):
        self.browser.get(self.server.base_url + path)

    def shot(self, name):
        """A full-page screenshot: the window grows to the page's height."""
        type(self).step += 1
        self.browser.execute_script("window.scrollTo(0, 0)")
        height = self.browser.execute_script("return document.documentElement.scrollHeight")
        self.browser.set_window_size(1280, min(max(height, 900), 6000))
        path = os.path.join(ARTIFACTS, f"{self.step:02d}-{name}.png")
        self.browser.save_screenshot(path)
        self.browser.set_window_size(1280, 900)
        return path

    def wait_for_path(self, pattern):
        self.wait.until(lambda b: re.fullmatch(pattern, b.current_url.removeprefix(self.server.base_url).split("?")[0]))
        return self.browser.current_url.removeprefix(self.server.base_url)

    def log_in(self, username):
        self.open("/login")
        form = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "form[action='/login']")))
        form.find_element(By.NAME, "username").send_keys(username)
        form.find_element(By.NAME, "password").send_keys(PASSWORD)
        self.shot(f"login-{username}")
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "form[action='/logout']")))

    def log_out(self):
        self.browser.find_element(By.CSS_SELECTOR, "form[action='/logout'] button").click()
        self.wait_for_path("/login")

    def fact(self, label):
        """A value of the task page's facts list, by its label."""
        return self.browser.find_element(By.XPATH, f"//dt[normalize-space()='{label}']/following-sibling::dd[1]").text.strip()

    def step_on_task_page(self):
        return self.fact("Bước xử lý")  # the workflow step

    def status_on_task_page(self):
        return self.fact("Tình trạng")  # the official status (đúng hạn, quá hạn...)

    def server_said(self):
        return f"\nPage {self.browser.current_url}:\n{self.browser.find_element(By.TAG_NAME, 'body').text[:1500]}\n" \
               f"Server log:\n{self.server.server_log()}"

    # -- the flow --------------------------------------------------------

    def test_clerk_uploads_unit_reports_leader_confirms(self):
        try:
            self.walk_through()
        except Exception as error:
            # The page the flow stopped on, for the report and the PNG.
            self.shot("FAILED")
            raise AssertionError(f"{error}{self.server_said()}") from error

    def walk_through(self):
        # 1. The clerk uploads the notice; it becomes a draft.
        self.log_in("vanthu")
        self.assertEqual(self.wait_for_path("/tasks"), "/tasks", self.server_said())
        self.shot("clerk-task-list")
        self.open("/documents/new")
        upload = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "form[action='/documents']")))
        upload.find_element(By.NAME, "file").send_keys(os.path.abspath(SEED_003))
        self.shot("upload-form")
        upload.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        document_path = self.wait_for_path(f"/documents/{UUID}")

        # 2. The review page proposes the notice's tasks beside its text.
        confirm = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "form[action$='/confirm']")))
        self.shot("draft-review")
        rows = confirm.find_elements(By.CSS_SELECTOR, "fieldset.task-row")
        proposed = [r for r in rows if r.find_element(By.CSS_SELECTOR, "textarea[name$='[text]']").get_attribute("value").strip()]
        self.assertGreaterEqual(len(proposed), 10, "the review page should propose the notice's tasks" + self.server_said())
        self.assertTrue(self.browser.find_elements(By.CSS_SELECTOR, ".source mark"),
                        "the proposed tasks should be highlighted in the document's text")

        # The clerk keeps every proposal, assigns the leader, and makes sure
        # one task goes to a unit that has a demo login (the extractor's own
        # choice when it named such a unit, else the clerk's correction).
        self.assertTrue(self.unit_logins, "the demo should have unit members")
        chosen = None
        for row in proposed:
            accept = row.find_element(By.CSS_SELECTOR, "input[type=checkbox][name$='[accept]']")
            self.assertTrue(accept.is_selected(), "a proposed task starts accepted")
            lead = Select(row.find_element(By.CSS_SELECTOR, "select[name$='[leadUnitID]']"))
            if chosen is None and lead.first_selected_option.get_attribute("value") in self.unit_logins:
                chosen = lead.first_selected_option.get_attribute("value")
            leader = Select(row.find_element(By.CSS_SELECTOR, "select[name$='[leaderID]']"))
            if len(leader.options) > 1 and not leader.first_selected_option.get_attribute("value"):
                leader.select_by_index(1)
        if chosen is None:
            chosen = next(iter(self.unit_logins))
            Select(proposed[0].find_element(By.CSS_SELECTOR, "select[name$='[leadUnitID]']")).select_by_value(chosen)
        unit_name, unit_user = self.unit_logins[chosen]
        self.shot("draft-review-checked")
        confirm.find_element(By.CSS_SELECTOR, "button[type=submit]").click()

        # 3. Confirmed: the document page lists the tasks it assigned.
        self.wait.until(EC.staleness_of(confirm))
        self.assertEqual(self.wait_for_path(f"/documents/{UUID}"), document_path)
        self.assertFalse(self.browser.find_elements(By.CSS_SELECTOR, "form[action$='/confirm']"), self.server_said())
        assigned = self.browser.find_elements(By.CSS_SELECTOR, "a[href^='/tasks/']")
        self.assertEqual(len(assigned), len(proposed), self.server_said())
        unit_task = next(li for li in self.browser.find_elements(By.XPATH, "//li[a[starts-with(@href,'/tasks/')]]")
                         if unit_name in li.text).find_element(By.TAG_NAME, "a")
        task_path = unit_task.get_attribute("href").removeprefix(self.server.base_url)
        self.shot("document-confirmed")
        self.log_out()

        # 4. The unit finds the task in its inbox and reports it done.
        self.log_in(unit_user)
        self.assertEqual(self.wait_for_path("/inbox"), "/inbox")
        link = self.wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, f"a[href='{task_path}']")))
        self.shot("unit-inbox")
        link.click()
        report = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "form[action$='/reports']")))
        self.assertEqual(self.step_on_task_page(), "Chưa thực hiện")
        self.assertFalse(self.status_on_task_page().startswith("Đã hoàn thành"))
        report.find_element(By.NAME, "text").send_keys("Đã tổ chức thực hiện xong; báo cáo kết quả gửi kèm.")
        report.find_element(By.NAME, "answerNumber").send_keys("15/BC-DV")
        report.find_element(By.NAME, "completed").click()
        self.shot("unit-report-form")
        report.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        self.wait.until(EC.staleness_of(report))
        self.wait.until(lambda b: self.step_on_task_page() == "Chờ xác nhận")
        self.assertFalse(self.status_on_task_page().startswith("Đã hoàn thành"), "not done before the leader confirms")
        self.assertIn("15/BC-DV", self.browser.find_element(By.CSS_SELECTOR, ".report").text)
        self.shot("unit-reported-awaiting-confirmation")
        self.log_out()

        # 5. The leader confirms the completion.
        self.log_in("lanhdao")
        self.open(task_path)
        decide = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "form[action$='/completion']")))
        self.assertEqual(self.step_on_task_page(), "Chờ xác nhận")
        self.shot("leader-completion-form")
        decide.find_element(By.CSS_SELECTOR, "button[name=approve][value=yes]").click()
        self.wait.until(EC.staleness_of(decide))
        self.wait.until(lambda b: self.step_on_task_page() == "Đã hoàn thành")
        self.assertTrue(self.status_on_task_page().startswith("Đã hoàn thành"), self.status_on_task_page())
        self.assertTrue(self.fact("Ngày hoàn thành"))
        self.assertFalse(self.browser.find_elements(By.CSS_SELECTOR, "form[action$='/completion']"))
        self.shot("leader-confirmed-done")

        # 6. The task list, filtered on finished tasks through its form, shows it done.
        self.open("/tasks")
        filters = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "form.filters")))
        Select(filters.find_element(By.NAME, "state")).select_by_value("da_hoan_thanh")
        filters.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        self.wait.until(EC.staleness_of(filters))
        row = self.wait.until(EC.presence_of_element_located((By.XPATH, f"//tr[.//a[@href='{task_path}']]")))
        self.assertIn("Đã hoàn thành", row.text)
        self.assertEqual(len(self.browser.find_elements(By.CSS_SELECTOR, "table.tasks tbody tr")), 1,
                         "only the task just confirmed is finished")
        self.shot("task-list-done")
        self.log_out()

        # 7. The unit sees it finished too: gone from its inbox, done on its page.
        self.log_in(unit_user)
        self.assertFalse(self.browser.find_elements(By.CSS_SELECTOR, f"a[href='{task_path}']"))
        self.open(task_path)
        self.wait.until(lambda b: self.step_on_task_page() == "Đã hoàn thành")
        self.assertTrue(self.status_on_task_page().startswith("Đã hoàn thành"))
        self.assertFalse(self.browser.find_elements(By.CSS_SELECTOR, "form[action$='/reports']"))
        self.shot("unit-sees-done")


if __name__ == "__main__":
    unittest.main()
