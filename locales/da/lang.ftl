# Shown before this language is loaded (embedded in every build): the offer to read in it.
lang-suggest = Læs på dansk
