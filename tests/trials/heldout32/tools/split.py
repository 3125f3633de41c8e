import json, re, sys
D = "/work/shared/data/trials/her2-gastric/"
HEAD = re.compile(r"^(Key )?(Inclusion|Exclusion) Criteria:?$|^Modules? [\d, and]+ ?:?$|^Part [AB].*:$|^Panel \d$|^All Panels$|^All participants:$|^Molecular Pre-screening (Inclusion|Exclusion) [Cc]riteria$|^Screening (Inclusion|Exclusion) Criteria$", re.I)
def split(nct):
    txt = json.load(open(D + nct + ".json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    kind = "inclusion"; ctx = []; items = []
    for raw in txt.split("\n"):
        s = raw.strip()
        if not s: continue
        if re.match(r"^(Key )?Exclusion Criteria:?$", s, re.I): kind = "exclusion"; ctx = []; continue
        if HEAD.match(s):
            if re.match(r"^Modules? ", s): ctx = [s]
            elif re.match(r"^(Part|All)", s): ctx = ctx[:1] + [s]
            elif re.match(r"^Panel", s): ctx = ctx[:1] + [s]
            else: ctx = [s]
            continue
        s2 = re.sub(r"^(\*|\\-|\d+\.)\s+", "", s)
        items.append(dict(kind=kind, text=s2, ctx=" / ".join(ctx)))
    for it in items: assert " ".join(it["text"].split()) in " ".join(txt.split())
    return items
if __name__ == "__main__":
    for i, it in enumerate(split(sys.argv[1])):
        print(i, it["kind"][:3], "|", it["ctx"], "|", it["text"][:110])
