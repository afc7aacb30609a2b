jammerbugt-name = Jammerbugt Kommune
jammerbugt-policy-title = Integrationspolitik – Indsatsområder og målsætninger
jammerbugt-modtagelse = Modtagelse
jammerbugt-modtagelse-info-title = Spørg kommunen
jammerbugt-modtagelse-info-body = Kommunen kan fortælle dig om tilbud til nye borgere.
jammerbugt-modtagelse-info-ask = Ring eller skriv til kommunen.
