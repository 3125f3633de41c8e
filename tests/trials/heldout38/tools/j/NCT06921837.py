from common import *
NOTE = ("BDC-4182 first-in-human, advanced gastric/GEJ cancer after >=1 prior line ('at least 1-2' read as at least one). "
        "CLDN18 requirement applies only if a prior result is known; all known results here are >=1% at 2+/3+. The broad "
        "'cardiac, pulmonary, or hepatic disease' exclusion is not_met for listed heart failure (UO-04) and for a history of "
        "drug-induced pneumonitis (UO-07); hepatitis B/C history is unknown; otherwise unknown (C4). The 28-day washout is "
        "read as drug therapy (half-life wording) and computed from the last recorded dose. CNS metastases are unknown "
        "because symptom/steroid status is not a case field.")
ROWS = {
 0: J((M, 'measurable disease recorded'), {
      5: (U, 'measurable disease not recorded'), 6: (U, 'measurable disease not recorded')}),
 1: J((M, 'metastatic/unresectable/recurrent gastric or GEJ cancer'), {
      5: (N, 'resectable'), 6: (N, 'resectable setting, no advanced disease')}),
 2: J(None, {
      1: (N, 'no prior line; not recorded as intolerant'), 2: (M, '1 prior line'), 3: (M, '2 prior lines'),
      4: (M, '1 prior line'), 5: (N, 'no prior line'), 6: (N, 'no line for advanced disease'),
      7: (M, '4 prior lines (incl. perioperative with early recurrence)'),
      8: (N, 'no line for advanced disease (perioperative therapy >6 months before recurrence)')}),
 3: J(None, {
      1: (M, 'CLDN18.2 85%'), 2: (M, 'CLDN18.2 15% (>=1% at 2+/3+)'), 3: (M, 'CLDN18.2 90%'),
      4: (M, 'CLDN18.2 40%'), 5: (M, 'CLDN18.2 60%'),
      6: (M, 'does not apply: no prior CLDN18 result'), 7: (M, 'does not apply: no prior CLDN18 result'),
      8: (M, 'does not apply: no prior CLDN18 result')}),
 4: J(LAB),
 5: J(C1),
 6: J((M, 'no brain metastases listed'), {
      7: (U, 'brain metastases; symptoms/stability/steroid use not recorded'),
      8: (U, 'brain metastases; symptoms/stability/steroid use not recorded')}),
 7: J((U, 'C4 composite: cardiac/pulmonary/hepatic disease beyond the vocabulary not recorded'), {
      2: (U, 'hepatitis B history; liver disease activity not recorded'),
      4: (N, 'heart failure (LVEF 45%)'),
      5: (U, 'hepatitis C history; liver disease not recorded'),
      7: (N, 'history of drug-induced pneumonitis = pulmonary disease')}),
 8: J((U, 'active infection not recorded'), {8: (U, 'HIV listed; whether an active infection not recorded')}),
 9: J((U, 'eye history not recorded')),
 10: J(None, {
      1: (M, 'no previous treatment'), 2: (U, 'grade 1 neuropathy recorded; whether residual not recorded'),
      3: (U, 'grade 2 neuropathy recorded; whether residual not recorded'), 4: (U, 'toxicities not recorded'),
      5: (M, 'no previous treatment'), 6: (U, 'toxicities not recorded'),
      7: (U, 'grade 2 pneumonitis recorded; whether residual not recorded'), 8: (U, 'toxicities not recorded')}),
 11: J(None, {
      1: (M, 'no prior therapy'), 2: (M, 'last dose 2026-10-20 (42 days)'), 3: (M, 'last dose 2026-10-28 (34 days)'),
      4: (M, 'last dose 2026-09-14 (78 days)'), 5: (M, 'no prior therapy'), 6: (M, 'last dose 2026-07-06'),
      7: (M, 'last dose 2026-10-25 (37 days)'), 8: (M, 'last dose 2024-12-10')}),
}
