"""Whatever the text, extraction never fails and every span quotes the extracted text exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from her2nav.extract.fields import FIELDS
from her2nav.extract.run import extract_text

_PIECES = st.sampled_from(
    [
        "HER2 ",
        "HER-2/neu: ",
        "3+",
        "3 +",
        "(0 / 1+)",
        "Score = ",
        "2",
        "FISH ",
        "not amplified",
        "amplified",
        "ratio ",
        "1.3",
        "pT",
        "pNO",
        "pTl",
        "N1",
        "MX",
        "PD-L1 (22C3) CPS ",
        "5",
        "claudin 18.2 ",
        "80%",
        "MLH1 intact",
        "MSI-H",
        "EBV negative",
        "cardia",
        "stomach",
        "poorly differentiated",
        "G3",
        "intestinal type",
        "scored as follows: ",
        "0 = no staining",
        "pending",
        "prior biopsy",
        "．",
        "　",
        "＋",
        "３",
        "％",
        "：",
        "免疫组化",
        "（",
        "）",
        "扩增",
        "无扩增",
        "贲门",
        "腺癌",
        "\n",
        "\f",
        ". ",
        "; ",
        "™",
        "ﬁ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_spans_always_quote_the_text_and_values_use_known_fields(text: str) -> None:
    result = extract_text(text)
    for f in result.findings:
        span = f["span"]
        assert 0 <= span["start"] < span["end"] <= len(result.text)
        assert result.text[span["start"] : span["end"]] == span["text"]
        assert f["field"] in FIELDS
        assert f["assertion"] in ("present", "negated", "pending", "historical")
        assert 1 <= f["page"] <= result.pages
