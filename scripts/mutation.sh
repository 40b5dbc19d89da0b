#!/usr/bin/env bash
# Mutation testing of one core module against the tests written for it (mutmut 2), for developers:
# not run by CI (minutes per module). Each mutant is a small change to the module (a flipped
# comparison, a changed constant, a dropped call); a good test suite fails on it ("killed").
#   scripts/mutation.sh trust                      # kb_app/core/packs/trust.py, with its default tests
#   scripts/mutation.sh trust tests/core/test_trust.py -k signer   # your own test selection
#   scripts/mutation.sh --fresh trust              # forget the last run's results
# Prints killed/total and the survivors; `.venv/bin/mutmut show ID` shows one, `mutmut apply ID`
# writes it into the module (undo with git checkout). Each module's results are kept in
# .mutation/MODULE.cache: after adding tests, a second run tries only the mutants that survived
# (a killed mutant stays killed when tests are added). Run one module at a time: mutmut changes
# the module in place while it runs, so leave the work tree alone until it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=0
if [ "${1:-}" = "--fresh" ]; then fresh=1; shift; fi
module="${1:?usage: scripts/mutation.sh [--fresh] MODULE [PYTEST ARGS...]}"
shift
path="$(find kb_app/core -name "${module}.py" -not -path "*/__pycache__/*" | head -n 1)"  # in its domain's folder
[ -n "$path" ] && [ -f "$path" ] || { echo "no core module named ${module}.py" >&2; exit 2; }

# The tests that exercise each module fast enough to run once per mutant (a few seconds): the
# module's rule tests first, then the quick part of its older tests (-k leaves out the slow ones:
# whole CLI runs, PDFs, installs into a profile, the large zip bombs, the fuzzer; "rules" keeps
# every test of the rules file, whose module name holds the word).
declare -A default_tests=(
  [notes]="tests/core/test_notes_rules.py tests/core/test_notes.py -k 'rules or not cli'"
  [trust]="tests/core/test_trust_rules.py tests/core/test_trust.py tests/core/test_pack_trust.py"
  [pack_file]="tests/core/test_pack_rules.py tests/core/test_pack.py -k 'rules or not (leaves_profile or mutated_pack or cli or lie or many)'"
  [referral]="tests/core/test_referral_rules.py tests/core/test_referral_handout.py -k 'rules or (sheet or without_settings or strong or one_case or next_steps or contacts or 112 or each_fact or legend or numbers_from or links or web_addresses or note_is or unknown_indicator_is or unknown_municipality) and not (page or stored or stable_flag)'"
  [analysis]="tests/core/test_analysis_rules.py tests/core/test_analysis.py"
  [stemmer_lv]="tests/core/test_stemmer_lv.py tests/core/test_analysis.py"
)
if [ "$#" -gt 0 ]; then
  tests="$(printf '%q ' "$@")"  # quoted again: mutmut splits the runner like a shell, so -k "a or b" stays one argument
else
  tests="${default_tests[$module]:-}"
  [ -n "$tests" ] || { echo "no default tests for $module: name them after the module" >&2; exit 2; }
fi

git diff --quiet -- "$path" || { echo "$path has uncommitted changes: commit or stash them first" >&2; exit 2; }
[ -x .venv/bin/mutmut ] || .venv/bin/python -m pip install -q -e ".[test,mutation]"

mkdir -p .mutation
cache=".mutation/$module.cache"
[ "$fresh" = 1 ] && rm -f "$cache"
# mutmut keeps its results in ./.mutmut-cache; one file per module, so each count is one module's.
if [ -f "$cache" ]; then cp "$cache" .mutmut-cache; else rm -f .mutmut-cache; fi
# mutmut exits non-zero when a mutant survives; the summary below says how many.
.venv/bin/mutmut run --paths-to-mutate "$path" --no-progress \
  --runner ".venv/bin/python -m pytest -x -q --no-header $tests" || true
git diff --quiet -- "$path" || { echo "mutmut left $path changed: restoring it" >&2; git checkout -- "$path"; }
rm -f "$path.bak"  # mutmut's copy of the original
cp .mutmut-cache "$cache"
.venv/bin/python - "$path" <<'PY'
import sqlite3, sys
rows = sqlite3.connect(".mutmut-cache").execute("SELECT status, count(*) FROM Mutant GROUP BY status").fetchall()
counts = dict(rows)
total = sum(counts.values())
# A mutant that hangs is caught too; "suspicious" is one the tests killed, only slowly (a busy machine).
killed = counts.get("ok_killed", 0) + counts.get("ok_suspicious", 0) + counts.get("bad_timeout", 0)
print(f"{sys.argv[1]}: {killed}/{total} killed ({100 * killed / max(total, 1):.0f} %); " +
      ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
PY
.venv/bin/mutmut results || true
