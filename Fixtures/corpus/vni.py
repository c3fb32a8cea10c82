"""VNI-Windows encoding: a vowel is its base letter followed by a byte that
draws the diacritics ("Vieät" = Việt); ơ, ư, đ and the toned i and ỵ have
bytes of their own. Written from the VNI keyboard chart to produce document 21."""
import unicodedata

# diacritic bytes (lower case, upper case) by (vowel mark, tone)
MARKS = {
    ("", "acute"): (0xF9, 0xD9), ("", "grave"): (0xF8, 0xD8), ("", "hook"): (0xFB, 0xDB),
    ("", "tilde"): (0xF5, 0xD5), ("", "dot"): (0xEF, 0xCF),
    ("circumflex", ""): (0xE2, 0xC2), ("circumflex", "acute"): (0xE1, 0xC1),
    ("circumflex", "grave"): (0xE0, 0xC0), ("circumflex", "hook"): (0xE5, 0xC5),
    ("circumflex", "tilde"): (0xE3, 0xC3), ("circumflex", "dot"): (0xE4, 0xC4),
    ("breve", ""): (0xEA, 0xCA), ("breve", "acute"): (0xE9, 0xC9), ("breve", "grave"): (0xE8, 0xC8),
    ("breve", "hook"): (0xFA, 0xDA), ("breve", "tilde"): (0xFC, 0xDC), ("breve", "dot"): (0xEB, 0xCB),
}
# letters with a byte of their own (lower, upper)
OWN = {"ơ": (0xF4, 0xD4), "ư": (0xF6, 0xD6), "đ": (0xF1, 0xD1), "ỵ": (0xEE, 0xCE),
       "í": (0xED, 0xCD), "ì": (0xEC, 0xCC), "ỉ": (0xE6, 0xC6), "ĩ": (0xF3, 0xD3), "ị": (0xF2, 0xD2)}
TONES = {"\u0301": "acute", "\u0300": "grave", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}
VOWEL_MARKS = {"\u0302": "circumflex", "\u0306": "breve", "\u031b": "horn"}


def encode_letter(ch):
    upper = ch != ch.lower()
    low = ch.lower()
    pick = lambda pair: pair[1] if upper else pair[0]
    if low in OWN:
        return bytes([pick(OWN[low])])
    parts = unicodedata.normalize("NFD", low)
    base, marks = parts[0], parts[1:]
    vowel = next((VOWEL_MARKS[m] for m in marks if m in VOWEL_MARKS), "")
    tone = next((TONES[m] for m in marks if m in TONES), "")
    if vowel == "horn":  # ơ, ư with a tone: own byte, then the tone byte
        return bytes([pick(OWN[unicodedata.normalize("NFC", base + "\u031b")])]) + bytes([pick(MARKS[("", tone)])])
    head = base.upper() if upper else base
    if not vowel and not tone:
        if ord(head) >= 0x80:
            raise ValueError(f"no VNI code for {ch!r}")
        return head.encode("ascii")
    return head.encode("ascii") + bytes([pick(MARKS[(vowel, tone)])])


def encode(text):
    return b"".join(encode_letter(c) if ord(c) >= 0x80 else c.encode("ascii")
                    for c in unicodedata.normalize("NFC", text))


def decode(data):
    """VNI bytes -> NFC text (diacritic bytes become combining marks)."""
    marks = {v[i]: (vowel, tone) for (vowel, tone), v in MARKS.items() for i in (0, 1)}
    own = {v[i]: (k.upper() if i else k) for k, v in OWN.items() for i in (0, 1)}
    combining = {"circumflex": "\u0302", "breve": "\u0306", "": ""}
    tone_mark = {v: k for k, v in TONES.items()}
    tone_mark[""] = ""
    out = []
    for b in data:
        if b in own:
            out.append(own[b])
        elif b in marks:
            vowel, tone = marks[b]
            out.append(combining[vowel] + tone_mark[tone])
        else:
            out.append(chr(b))
    return unicodedata.normalize("NFC", "".join(out))
