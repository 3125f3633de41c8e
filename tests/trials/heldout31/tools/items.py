import json, re
LABELS = {"inclusion criteria:", "exclusion criteria:", "inclusion", "exclusion criteria"}
def items(nct):
    t = json.load(open(f"/work/shared/data/trials/her2-gastric/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out = []; kind = "inclusion"
    for line in t.split("\n"):
        s = line.strip()
        if not s: continue
        if s.lower() in LABELS:
            if "exclusion" in s.lower(): kind = "exclusion"
            continue
        if s.startswith("Note:") and out:
            out[-1]["text"] += " " + s; continue
        s = re.sub(r"^(\* |\d+\. |\([a-z]\) )", "", s)
        out.append({"kind": kind, "text": s})
    return out
if __name__ == "__main__":
    import sys
    for i, it in enumerate(items(sys.argv[1])): print(i, it["kind"][:3], it["text"][:110])
