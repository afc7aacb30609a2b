skanderborg-name = Skanderborg Kommune
skanderborg-policy-title = Skanderborg Kommunes integrationspolitik
skanderborg-viden = Viden og videndeling
skanderborg-viden-info-title = Spørg kommunen
skanderborg-viden-info-body = Kommunen kan fortælle dig om tilbud til nye borgere.
skanderborg-viden-info-ask = Ring eller skriv til kommunen.
