#!/usr/bin/env bash
# The learner choice, measured: OpenNLP maxent (GIS) against GridDesk's softmax regression on the
# same features. Run by hand from the repository root: bash bench/textmining/compare-learners.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp test-compile
./mvnw -q -B -ntp exec:java -Dexec.classpathScope=test \
    -Dtextmining.command=com.griddesk.textmining.bench.LearnerComparison
