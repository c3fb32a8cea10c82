"""TCVN 5712:1993 "VN3" (ABC) code chart: one byte per Vietnamese letter.

VN3 has precomposed lower-case letters only (plus the seven bare capitals
Ă Â Ê Ô Ơ Ư Đ); capitals with a tone mark were typed with the same codes in an
"H" font (.VnTimeH), so a plain-text file keeps them as lower-case bytes.
"""

# byte -> letter, from the chart (rows A, Ă, Â, E, Ê, I, O, Ô, Ơ, U, Ư, Y)
CHART = {
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xA8: "ă", 0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xA9: "â", 0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xAE: "đ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xAA: "ê", 0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xAB: "ô", 0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xAC: "ơ", 0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xAD: "ư", 0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
}
LETTER_TO_BYTE = {v: k for k, v in CHART.items()}


def encode(text):
    """Unicode -> VN3 bytes; a toned capital becomes its lower-case code (H-font style)."""
    import unicodedata
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in LETTER_TO_BYTE:
            out.append(LETTER_TO_BYTE[ch])
        elif ch.lower() in LETTER_TO_BYTE:
            out.append(LETTER_TO_BYTE[ch.lower()])
        else:
            raise ValueError(f"no VN3 code for {ch!r} (U+{ord(ch):04X})")
    return bytes(out)


def decode(data):
    return "".join(CHART.get(b, chr(b)) if b >= 0x80 else chr(b) for b in data)
