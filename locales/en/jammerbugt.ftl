jammerbugt-name = Jammerbugt Kommune
jammerbugt-policy-title = Integrationspolitik – Indsatsområder og målsætninger
jammerbugt-modtagelse = Welcome
jammerbugt-modtagelse-info-title = Ask the municipality
jammerbugt-modtagelse-info-body = The municipality can tell you about offers for new residents.
jammerbugt-modtagelse-info-ask = Call or write to the municipality.
