#!/bin/sh
for n in "$@"; do if grep -qx "$n" /work/tg/existing_ncts.txt; then echo "$n EXISTING"; else echo "$n new"; fi; done
