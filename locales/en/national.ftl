national-name = All of Denmark
national-danish = Danish language
national-danskuddannelse-title = Danish classes (danskuddannelse)
national-danskuddannelse-body = Adults over 18 with a residence permit can learn Danish. The teaching is free.
national-danskuddannelse-ask = Ask the municipality, which refers you to a language centre (sprogcenter).
