#!/bin/sh
# Rebuild the sample decks from the bundled sample article: `sh decks/build.sh` (from the
# repository root, with the `quizgen` command on PATH). SOURCE_DATE_EPOCH pins the notes' modification
# time to the article's date, so the same code gives byte-identical decks.
set -e
cd "$(dirname "$0")/.."
export SOURCE_DATE_EPOCH=1337731200  # 2012-05-23, the sample article's date
ARTICLE=quizgen/data/sample/lockerbie-megrahi-buried.txt
quizgen anki "$ARTICLE" -o decks/sample.apkg --force
quizgen anki "$ARTICLE" -o decks/sample-flat.apkg --flat --deck-name "quizgen sample" --force
