"""Self-decoding article bodies for the sample site, made the way the real site's are (reference
§1.4, variant E1): the body fragment is rotated in a 215-character alphabet by a per-page shift,
UTF-8 encoded and base64'd; an inline script on the page reverses it in the browser.

This module is the site's side and deliberately shares no code with `crawler/decode.py`, so
the crawler's decoder is tested against an independent encoder.
"""

from __future__ import annotations

import base64
import json

_LOWER = ("aáàạảãăắằặẳẵâấầậẩẫbcdđeéẹẻẽêếềệểễfghiíìịỉĩjklmnoóòọỏõôốồộổỗơớờợởỡpqrstuúùụủũưứừựửữ"
          "vwxyýỳỵỷỹ")
E1_ALPHABET = _LOWER + _LOWER.upper() + '@#=$%*&?:;,.!()<>{}[]" ' + "0123456789"
# Same characters, another order: not in the registry, so only the page's own script (a
# browser render) can decode pages that use it.
UNREGISTERED_ALPHABET = "0123456789" + '" ][}{)(!.,;:?&*%$=#@<>' + _LOWER.upper() + _LOWER

assert len(E1_ALPHABET) == len(set(E1_ALPHABET)) == 215
assert sorted(UNREGISTERED_ALPHABET) == sorted(E1_ALPHABET)


def encode(fragment: str, alphabet: str, shift: int) -> str:
    size = len(alphabet)
    index = {ch: i for i, ch in enumerate(alphabet)}
    rotated = "".join(alphabet[(index[ch] + shift) % size] if ch in index else ch for ch in fragment)
    return base64.b64encode(rotated.encode("utf-8")).decode("ascii")


def decoder_script(blob: str, alphabet: str, shift: int, target_id: str) -> str:
    """The inline script that decodes the page in a browser (like the real site's)."""
    return (
        "<script>(function(){"
        f"var A={json.dumps(alphabet, ensure_ascii=False)},k={shift},b=\"{blob}\";"
        "var s=new TextDecoder('utf-8').decode(Uint8Array.from(atob(b),function(c){return c.charCodeAt(0);}));"
        "var n=A.length,o='';"
        "for(var ch of s){var i=A.indexOf(ch);o+=i<0?ch:A.charAt(((i-k)%n+n)%n);}"
        f"document.getElementById({json.dumps(target_id)}).innerHTML=o;"
        "})();</script>"
    )
