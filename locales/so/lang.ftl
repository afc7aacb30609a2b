# Waxaa la muujiyaa ka hor inta luqaddan aan la soo rarin (waxay ku jirtaa build kasta): dalabka ah inaad ku akhrido.
lang-suggest = Ku akhri af-Soomaali
