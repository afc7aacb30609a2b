holstebro-name = Holstebro Kommune
holstebro-policy-title = Holstebro Kommunes Integrationspolitik
holstebro-uddannelse = Education (schooling) and work
holstebro-uddannelse-info-title = Ask the municipality
holstebro-uddannelse-info-body = The municipality can tell you about offers for new residents.
holstebro-uddannelse-info-ask = Call or write to the municipality.
