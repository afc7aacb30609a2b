holstebro-name = Holstebro Kommune
holstebro-policy-title = Holstebro Kommunes Integrationspolitik
holstebro-uddannelse = Uddannelse (skolegang) og erhverv
holstebro-uddannelse-info-title = Spørg kommunen
holstebro-uddannelse-info-body = Kommunen kan fortælle dig om tilbud til nye borgere.
holstebro-uddannelse-info-ask = Ring eller skriv til kommunen.
