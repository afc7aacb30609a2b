national-name = Hele Danmark
national-danish = Dansk sprog
national-danskuddannelse-title = Danskuddannelse
national-danskuddannelse-body = Voksne over 18 med opholdstilladelse kan lære dansk. Undervisningen er gratis.
national-danskuddannelse-ask = Spørg kommunen, som henviser dig til et sprogcenter.
