CASES = [f"VM-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"
def J(default, reason, **ov):
    """default status/reason for all cases; ov: c01=(status, reason) overrides."""
    d = {c: (default, reason) for c in CASES}
    for k, v in ov.items():
        d["VM-" + k[1:]] = v
    return d
