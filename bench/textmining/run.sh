#!/usr/bin/env bash
# Text-mining benchmark: classification speed on one core and cold model load time.
# Run by hand from the repository root: bash bench/textmining/run.sh
# 1. trains the bundled model and writes it to a file (as the application stores it in tm_model)
# 2. a fresh JVM loads that file (HanLP dictionaries included), classifies one text, then
#    classifies the held-out split over and over on one thread
# 3. evaluates the model on the held-out split, and on its style-B half alone
set -euo pipefail
cd "$(dirname "$0")/../.."
MODEL=target/textmining-model.bin
./mvnw -q -B -ntp compile
./mvnw -q -B -ntp exec:java -Dexec.args="model-export $MODEL"
./mvnw -q -B -ntp exec:java -Dexec.args="classify-bench $MODEL"
HELD=src/main/resources/textmining/heldout/heldout.tsv
STYLE_B=target/heldout-style-b.tsv
{ head -1 "$HELD"; grep '^ho-b-' "$HELD"; } > "$STYLE_B"
echo "== held-out split (both styles)"
./mvnw -q -B -ntp exec:java -Dexec.args="classify-eval $HELD"
echo "== held-out style B only (forwarded 12345 items, dialect, heavy typos)"
./mvnw -q -B -ntp exec:java -Dexec.args="classify-eval $STYLE_B"
