M, N, U = 'met', 'not_met', 'unknown'
CASES = [f"UO-{i:02d}" for i in range(1, 9)]
AGE = {1: 34, 2: 63, 3: 47, 4: 84, 5: 66, 6: 52, 7: 60, 8: 76}
SEX = {1: 'F', 2: 'M', 3: 'F', 4: 'M', 5: 'F', 6: 'M', 7: 'M', 8: 'F'}

def J(default=None, ov=None):
    """default: (status, reason) for all cases; ov: {caseno: (status, reason)}"""
    out = {}
    for i in range(1, 9):
        v = (ov or {}).get(i, default)
        if v is None:
            raise ValueError('missing judgement for case %d' % i)
        out[i] = v
    return out

def by(mapping, default=None):
    return J(default, mapping)

C1 = (M, 'C1: consent/compliance/contraception/study-procedure item')
LAB = (U, 'C3: laboratory / organ-function values are not case fields')
LIFE = (U, 'C2: life expectancy not assessable from the case')
HEAD = (M, 'heading only; its requirements are judged in the items that follow')

def preg():
    d = {}
    for i in range(1, 9):
        if SEX[i] == 'M':
            d[i] = (M, 'C2: male patient')
        elif AGE[i] >= 55:
            d[i] = (M, f'C2: woman aged {AGE[i]} (>=55)')
        else:
            d[i] = (U, f'C2: woman aged {AGE[i]}; pregnancy/breast-feeding status not in case')
    return d

def ecog(ok):
    E = {1: 1, 2: 1, 3: 1, 4: 2, 5: 0, 6: 0, 7: 1, 8: 3}
    return {i: ((M if E[i] in ok else N), f'ECOG {E[i]}') for i in range(1, 9)}

def allu(reason):
    return J((U, reason))

def allm(reason):
    return J((M, reason))
