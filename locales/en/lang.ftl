lang-suggest = Read in English
