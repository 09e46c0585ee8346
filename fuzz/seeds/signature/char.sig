#precis-signatures	v2	k=3	unit=char	normalize=whitespace	lang=-	stem=none	stopwords=keep	short=one-shingle	shingle_seed=0	hash=xxh3-64	method=oph	K=2	seed=6840140583568806350	check=a0b0ce6b
corpus/zh-weather.txt	201	0115384a049551ba	db89eab8
#precis-signatures-end	records=1	check=1b01ad8ea0a1de64
