vesthimmerland-name = Vesthimmerlands Kommune
vesthimmerland-policy-title = Vesthimmerlands Kommunes Integrationspolitik
vesthimmerland-modtagelse = Modtagelse i kommunen
vesthimmerland-modtagelse-info-title = Spørg kommunen
vesthimmerland-modtagelse-info-body = Kommunen kan fortælle dig om tilbud til nye borgere.
vesthimmerland-modtagelse-info-ask = Ring eller skriv til kommunen.
