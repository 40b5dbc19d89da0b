"""Hand-made mutants of kb_app/core/desk/referral.py: does the referral sheet's test suite notice?

Each mutant is one plausible slip (a strong mark on the wrong rows, the 112 route for a contact that
has a phone...). The script applies one at a time, runs tests/core/test_referral_handout.py without
its PDF runs, restores the file and prints which mutants the tests killed. Run from the repository:

    .venv/bin/python scripts/referral_mutants.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "kb_app" / "core" / "referral.py"
MUTANTS: list[tuple[str, str, str]] = [  # (what the slip does, the code, the slip)
    ("strong marks on the weak rows", 'if row.strong else ""', 'if not row.strong else ""'),
    (
        "112 route for contacts with a phone",
        "    if not contact.phones:\n        if contact.if_no_phone:",
        "    if True:\n        if contact.if_no_phone:",
    ),
    (
        "stale legend missing",
        "    if any(f.is_stale(sheet.day) for c in sheet.contacts for f in shown_facts(c)):",
        "    if False:",
    ),
    (
        "stale legend always",
        "    if any(f.is_stale(sheet.day) for c in sheet.contacts for f in shown_facts(c)):",
        "    if True:",
    ),
    ("web address not after link words", 'return f"{words} ({escape(url)})"', "return words"),
    (
        "next steps repeated across sets",
        "steps = list(dict.fromkeys(step for s in sheet.sets for step in s.next_steps))",
        "steps = [step for s in sheet.sets for step in s.next_steps]",
    ),
    (
        "strong count counts every row",
        "return sum(1 for s in self.sets for row in s.observed if row.strong)",
        "return sum(1 for s in self.sets for row in s.observed)",
    ),
    (
        "e-mail printed beside a phone",
        'kinds = ("phone", "hours") if contact.phones else',
        'kinds = ("phone", "hours", "email", "website") if contact.phones else',
    ),
    (
        "every fact marked stale",
        'return f"{escape(text)} {STALE_MARK}" if fact.is_stale(today) else escape(text)',
        'return f"{escape(text)} {STALE_MARK}"',
    ),
    (
        "set names missing with two sets",
        "if len([s for s in sheet.sets if s.observed]) > 1:",
        "if len([s for s in sheet.sets if s.observed]) > 2:",
    ),
    ("note not escaped", "escape(sheet.note).replace(chr(10), '<br>')", "sheet.note.replace(chr(10), '<br>')"),
    (
        "contacts repeated across sets",
        "for contact_id in dict.fromkeys(c for s in sets for c in s.contact_ids):",
        "for contact_id in [c for s in sets for c in s.contact_ids]:",
    ),
    (
        "facts of different dates merged",
        "if run and (fact is None or _status(fact, labels, today) != _status(run[0], labels, today)):",
        "if run and fact is None:",
    ),
    (
        "orphans' court printed as the social service",
        "{escape(sheet.social_service) or BLANK}",
        "{escape(sheet.orphans_court) or BLANK}",
    ),
    (
        "indicators of other sets under a set",
        "observed = tuple(r for r in rows if r.doc_id == set_id and r.id in chosen_set)",
        "observed = tuple(r for r in rows if r.id in chosen_set)",
    ),
    (
        "office contact left off",
        "f\"<tr>{field('office', escape(sheet.office_contact), 2)}</tr></table>\"",
        "f\"<tr>{field('office', '', 2)}</tr></table>\"",
    ),
    (
        "contacts split half and half, not by their length",
        "split = _balanced_split(run)",
        "split = (len(run) + 1) // 2",
    ),
]
FAST = "not pdf and not long_sheet and not fit_one_page and not cyrillic"  # the PDF runs take seconds each


def main() -> int:
    original = SRC.read_text("utf-8")
    killed = 0
    try:
        for name, old, new in MUTANTS:
            if original.count(old) != 1:
                print(f"stale mutant (the code changed): {name}", file=sys.stderr)
                return 2
            SRC.write_text(original.replace(old, new), "utf-8")
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pytest",
                    "tests/core/test_referral_handout.py",
                    "-q",
                    "-x",
                    "-p",
                    "no:cacheprovider",
                    "-k",
                    FAST,
                ],
                capture_output=True,
                text=True,
                cwd=SRC.parents[2],
            )
            dead = done.returncode != 0
            killed += dead
            print(f"{'killed  ' if dead else 'SURVIVED'}  {name}")
    finally:
        SRC.write_text(original, "utf-8")
    print(f"{killed} of {len(MUTANTS)} killed")
    return 0 if killed == len(MUTANTS) else 1


if __name__ == "__main__":
    sys.exit(main())
