#!/usr/bin/env python3
"""Drives the real app in headless Chromium through the main flows, as people
use it: a clerk registers a document and confirms its tasks, the unit reports
completion, the leader confirms it; a unit cannot open another unit's task;
a clerk merges two proposals of a draft and splits another; a unit asks for
time typing the day as dd/mm/yyyy (in an English browser); the leader
reassigns a task; the administrator declares a day off and locks an account.

Usage: browser_flows.py --bin .build/debug/dondoc
Starts `dondoc serve --demo` on a temporary data folder and a free loopback
port, and prints "N passed, M failed" at the end.
"""
import argparse, os, shutil, socket, subprocess, sys, tempfile, time, traceback, urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait
from selenium.webdriver.support import expected_conditions as EC

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PASSWORD = "dondoc2026"
DOCUMENT = open(os.path.join(ROOT, "Tests/WebAppTests/Documents/cong-van-cau-treo.txt"), encoding="utf-8").read()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(binary, data, port):
    server = subprocess.Popen([binary, "serve", "--demo", "--data-dir", data, "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2)
            return server
        except OSError:
            if server.poll() is not None:
                raise RuntimeError("server exited: " + server.stdout.read())
            time.sleep(0.5)
    server.kill()
    raise RuntimeError("server did not start in 120 s")


class Browser:
    def __init__(self, base):
        options = webdriver.ChromeOptions()
        for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
            options.add_argument(arg)
        driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        self.d = webdriver.Chrome(service=Service(driver_path), options=options)
        self.base = base

    def go(self, path):
        self.d.get(self.base + path)

    def login(self, user):
        self.d.delete_all_cookies()
        self.go("/login")
        self.d.find_element(By.NAME, "username").send_keys(user)
        self.d.find_element(By.NAME, "password").send_keys(PASSWORD)
        self.d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        WebDriverWait(self.d, 20).until(lambda d: not d.current_url.endswith("/login"))
        WebDriverWait(self.d, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def text(self):
        return self.d.find_element(By.TAG_NAME, "body").text

    def click_link(self, contains):
        for a in self.d.find_elements(By.TAG_NAME, "a"):
            if contains in a.text:
                a.click()
                # The next step must act on the new page, not on the one being left.
                WebDriverWait(self.d, 20).until(EC.staleness_of(a))
                return
        raise AssertionError(f"no link containing {contains!r} on {self.d.current_url}")


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_text(b, text, message):
    """Waits for the page the last click led to, then looks for `text`."""
    # While the page is replaced, Chromium may answer for the old body with
    # "Node ... does not belong to the document" (a plain WebDriverException):
    # like a stale element, it means "not yet", so the wait goes on.
    try:
        WebDriverWait(b.d, 20, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException, WebDriverException)) \
            .until(lambda d: text in d.find_element(By.TAG_NAME, "body").text)
    except Exception:
        raise AssertionError(message)


def clerk_registers_a_document(b):
    b.login("vanthu")
    b.go("/documents/new")
    b.d.find_element(By.NAME, "text").send_keys(DOCUMENT)
    b.d.find_element(By.CSS_SELECTOR, "form[action='/documents'] button").click()
    expect_text(b, "Nháp", "the upload did not open a draft")
    marks = b.d.find_elements(By.CSS_SELECTOR, ".source mark")
    check(len(marks) == 2, f"expected 2 highlighted passages, got {len(marks)}")
    rows = b.d.find_elements(By.CSS_SELECTOR, "fieldset.task-row")
    lead = Select(rows[0].find_element(By.CSS_SELECTOR, "select[name='tasks[0][leadUnitID]']"))
    check(lead.first_selected_option.text == "Sở Xây dựng", "the lead unit was not resolved")
    Select(rows[1].find_element(By.CSS_SELECTOR, "select[name='tasks[1][leaderID]']")).select_by_index(1)
    b.d.find_element(By.CSS_SELECTOR, "form[action$='/confirm'] button[type=submit]").click()
    expect_text(b, "Nhiệm vụ đã giao", "confirming did not create the tasks")
    expect_text(b, "cân đối, bố trí kinh phí", "the finance task is missing")


def unit_reports_completion(b):
    b.login("stc")
    check(b.d.current_url.endswith("/inbox"), "a unit member should land on the inbox")
    b.click_link("cân đối, bố trí kinh phí")
    b.d.find_element(By.NAME, "text").send_keys("Đã bố trí kinh phí tại Quyết định số 1201/QĐ-UBND.")
    b.d.find_element(By.NAME, "completed").click()
    b.d.find_element(By.CSS_SELECTOR, "form[action$='/reports'] button").click()
    expect_text(b, "Chờ xác nhận", "the completion report is not awaiting confirmation")


def leader_confirms_completion(b):
    b.login("lanhdao")
    b.go("/tasks?q=can%20doi%20kinh%20phi")  # typed without diacritics
    b.click_link("cân đối, bố trí kinh phí")
    b.d.find_element(By.CSS_SELECTOR, "form[action$='/completion'] button[value=yes]").click()
    expect_text(b, "Đã hoàn thành", "the task is not done after confirmation")
    expect_text(b, "Xác nhận hoàn thành", "the history does not show the confirmation")


def unit_cannot_open_another_units_task(b):
    b.login("lanhdao")
    b.go("/tasks?q=sua%20chua%20cau%20treo")
    b.click_link("cầu treo")
    foreign = b.d.current_url
    b.login("skhcn")
    b.d.get(foreign)
    expect_text(b, "Bạn không có quyền", "another unit's task was shown")


def clerk_merges_and_splits_proposals(b):
    b.login("vanthu")
    b.go("/documents/new")
    b.d.find_element(By.NAME, "file").send_keys(os.path.join(ROOT, "Fixtures/corpus/docs/07_tb_tinh_giai_ngan_von.txt"))
    b.d.find_element(By.CSS_SELECTOR, "form[action='/documents'] button").click()
    expect_text(b, "Nháp", "the upload did not open a draft")
    b.d.find_element(By.NAME, "tasks[1][pick]").click()
    b.d.find_element(By.NAME, "tasks[3][pick]").click()
    b.d.find_element(By.CSS_SELECTOR, "button[formaction$='/merge']").click()
    expect_text(b, "Gộp từ 2 đoạn", "merging did not keep both passages")
    check(len(b.d.find_elements(By.CSS_SELECTOR, ".source mark[data-task='1']")) == 2, "both passages should be highlighted")
    row = next(r for r in b.d.find_elements(By.CSS_SELECTOR, "fieldset.task-row")
               if r.find_element(By.CSS_SELECTOR, "textarea").get_attribute("value").startswith("Thanh tra tỉnh"))
    cut = Select(row.find_element(By.CSS_SELECTOR, "select[name$='[splitAt]']"))
    cut.select_by_index(next(i for i, o in enumerate(cut.options) if o.text.startswith("báo cáo")))
    row.find_element(By.CSS_SELECTOR, "button[formaction$='/split']").click()
    WebDriverWait(b.d, 20, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(
        lambda d: any(t.get_attribute("value").startswith("báo cáo Chủ tịch UBND tỉnh")
                      for t in d.find_elements(By.CSS_SELECTOR, "fieldset.task-row textarea")))


def a_form_without_its_token_is_refused(b):
    b.login("stc")
    b.go("/inbox")
    b.click_link("khoản thu")
    b.d.execute_script("document.querySelector(\"form[action$='/reports'] input[name=_csrf]\").value = 'gia-mao'")
    b.d.find_element(By.NAME, "text").send_keys("Báo cáo giả mạo")
    b.d.find_element(By.CSS_SELECTOR, "form[action$='/reports'] button").click()
    expect_text(b, "Phiên làm việc đã hết hạn", "a forged form was accepted")


def unit_asks_for_time_typing_the_day_the_vietnamese_way(b):
    b.login("stc")
    b.go("/inbox")
    b.click_link("khoản thu")
    day = b.d.find_element(By.NAME, "requestedDeadline")
    check(day.get_attribute("type") == "text", "the deadline field follows the browser's date picker")
    day.send_keys("30/12/2026")
    b.d.find_element(By.NAME, "reason").send_keys("Chờ số liệu quyết toán của Chi cục Thuế")
    b.d.find_element(By.CSS_SELECTOR, "form[action$='/extensions'] button").click()
    expect_text(b, "Đề nghị gia hạn", "the extension request is not in the history")
    b.login("lanhdao")
    b.go("/tasks?q=khoan%20thu")
    b.click_link("khoản thu")
    expect_text(b, "Đề nghị gia hạn đến 30/12/2026", "the leader does not see the day as typed")


def leader_reassigns_a_task(b):
    b.login("lanhdao")
    b.go("/tasks?q=khoan%20thu")
    b.click_link("khoản thu")
    b.d.find_element(By.CSS_SELECTOR, "details.reassign summary").click()
    form = b.d.find_element(By.CSS_SELECTOR, "form[action$='/reassign']")
    Select(form.find_element(By.NAME, "unitID")).select_by_visible_text("Sở Khoa học và Công nghệ")
    form.find_element(By.NAME, "note").send_keys("Sở KH&CN quản lý cơ sở dữ liệu thu")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    expect_text(b, "Giao lại cho đơn vị khác — Sở KH&CN quản lý cơ sở dữ liệu thu", "the reassignment is not in the history")


def administrator_declares_a_day_off_and_locks_an_account(b):
    b.login("quantri")
    b.click_link("Quản trị")
    b.click_link("Lịch làm việc")
    b.d.find_element(By.NAME, "date").send_keys("24/11/2026")
    b.d.find_element(By.NAME, "name").send_keys("Ngày Văn hóa Việt Nam")
    b.d.find_element(By.CSS_SELECTOR, "form[action*='/admin/calendar?'] button").click()
    expect_text(b, "Thứ Ba, 24/11/2026", "the day off is not listed")
    b.go("/admin/users")
    b.click_link("Hoàng Mai Anh")
    b.d.find_element(By.CSS_SELECTOR, "form[action$='/deactivate'] button").click()
    expect_text(b, "Đã khóa tài khoản", "the account was not locked")
    b.d.delete_all_cookies()
    b.go("/login")
    b.d.find_element(By.NAME, "username").send_keys("skhcn")
    b.d.find_element(By.NAME, "password").send_keys(PASSWORD)
    b.d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    expect_text(b, "Tên đăng nhập hoặc mật khẩu không đúng", "a locked account signed in")


FLOWS = [clerk_registers_a_document, unit_reports_completion, leader_confirms_completion,
         unit_cannot_open_another_units_task, clerk_merges_and_splits_proposals, a_form_without_its_token_is_refused,
         unit_asks_for_time_typing_the_day_the_vietnamese_way, leader_reassigns_a_task,
         administrator_declares_a_day_off_and_locks_an_account]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    args = ap.parse_args()
    data = tempfile.mkdtemp(prefix="dondoc-browser-")
    port = free_port()
    server = start_server(os.path.abspath(args.bin), data, port)
    browser = None
    passed = failed = 0
    try:
        browser = Browser(f"http://127.0.0.1:{port}")
        for flow in FLOWS:
            try:
                flow(browser)
                passed += 1
                print(f"✔ {flow.__name__}")
            except Exception:
                failed += 1
                print(f"✘ {flow.__name__}")
                traceback.print_exc()
                browser.d.save_screenshot(f"/tmp/dondoc-browser-{flow.__name__}.png")
    finally:
        if browser:
            browser.d.quit()
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)
    print(f"browser: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
