vesthimmerland-name = Vesthimmerlands Kommune
vesthimmerland-policy-title = Vesthimmerlands Kommunes Integrationspolitik
vesthimmerland-modtagelse = Welcome to the municipality
vesthimmerland-modtagelse-info-title = Ask the municipality
vesthimmerland-modtagelse-info-body = The municipality can tell you about offers for new residents.
vesthimmerland-modtagelse-info-ask = Call or write to the municipality.
