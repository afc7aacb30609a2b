# Shown by the loader (velkommen.js) when the guide cannot start (no WebAssembly, a file that did
# not arrive) or stops with an error, and `early-start` under a Start pressed before it has
# loaded. Read by tools/make-loader, not by the guide itself: keep
# every message on one line. { $municipality } is the municipality's name, { $phone } its number.
crash-heading = Hagahu hadda ma shaqaynayo
crash-body = Tani ma aha khaladkaaga. Jawaabahaaga meelna laguma kaydin. Isku day inaad dib u bilowdo. Haddii aanay taasi ku caawin, wac dawladda hoose.
crash-phone = Wac { $municipality }: { $phone }
crash-phone-unknown = Wac xafiiska adeegga dadweynaha (Borgerservice) ee dawladda hoose ee aad ku nooshahay.
crash-again = Dib u bilow
early-start = Fadlan in yar sug – hagaha ayaa furmaya …
