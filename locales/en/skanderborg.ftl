skanderborg-name = Skanderborg Kommune
skanderborg-policy-title = Skanderborg Kommunes integrationspolitik
skanderborg-viden = Knowledge and sharing it
skanderborg-viden-info-title = Ask the municipality
skanderborg-viden-info-body = The municipality can tell you about offers for new residents.
skanderborg-viden-info-ask = Call or write to the municipality.
