"""Case review reports (CONTRACT §8): HTML and PDF in English or Simplified Chinese, for clinicians or
for the patient and family, and the referral packet. A pure rendering layer above the review: it takes
a ``Case`` and its review dict and returns text or bytes; callers (CLI, API) read and write files."""
