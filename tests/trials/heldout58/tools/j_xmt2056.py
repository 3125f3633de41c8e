from common import *
NCT = 'NCT05514717'
S = {}
S[1] = {'VI-01': (N, 'HER2 IHC 0'),
        'VI-02': (M, 'metastatic; most recent tissue HER2 IHC 3+; progressed after trastuzumab and stopped T-DXd'),
        'VI-03': (N, 'most recent tissue test (2026-11-02) IHC 1+ - not HER2-positive'),
        'VI-04': (N, 'IHC 2+ with ISH not amplified - not HER2-positive'),
        'VI-05': (N, 'tissue IHC 1+; ERBB2 amplification in plasma only is explicitly ineligible'),
        'VI-06': (M, 'recurrent; IHC 2+/ISH amplified; progressed after perioperative therapy (literal reading)'),
        'VI-07': (M, 'recurrent; IHC 3+ on 2026-11-04 biopsy; progressed after first-line therapy'),
        'VI-08': (N, 'locally advanced (not recurrent or metastatic) and untreated')}
S[2] = P((M, 'ECOG 0-1'), **{'05': (N, 'ECOG 2'), '08': (N, 'ECOG 3')})
S[3] = A(M, 'measurable_disease: true')
S[4] = A(M, 'fresh biopsy submission is a study procedure (C1)')
S[6] = A(U, 'immunosuppressive medication use not recorded')
S[7] = A(M, 'no STING-targeted agent among prior treatments')
S[8] = A(U, 'other malignancy not recorded (C4)')
S[9] = P((M, 'no CNS metastases recorded'), **{'04': (U, 'brain metastases; treatment status not in case fields'),
                                              '07': (U, 'brain metastases; treatment status not in case fields')})
S[10] = P(DNA('no CNS metastases'), **{'04_07': (U, 'brain metastases; adequacy of treatment and 2-week stability not in case fields')})
S[11] = P(DNA('no CNS metastases'), **{'04_07': (U, 'corticosteroid dose not recorded')})
NOTE = ('XMT-2056 (HER2-directed STING-agonist ADC) phase 1. HER2 positivity is judged on the most recent tissue test '
        'as the record requires (IHC 3+ or 2+/ISH+); HER2-low, HER2 loss after trastuzumab and plasma-only ERBB2 '
        'amplification are not_met. "Disease progression after treatment, is intolerant, or is contraindicated ..." is read '
        'literally as alternatives, so progression after any prior therapy meets it (VI-06 has not had trastuzumab; a '
        'colleague could require standard HER2 therapy first). Sub-items 1-2 of the CNS exclusion are judged for patients '
        'with brain metastases only. Prior T-DXd is not an exclusion here.')
if __name__ == '__main__':
    v, c = build(NCT, S, NOTE, f'/work/tVI/VI/{NCT}.yaml'); print(NCT, v)
