#precis-signatures	v1	k=3	unit=char	normalize=whitespace	lang=-	stem=none	stopwords=keep	short=one-shingle	shingle_seed=0	hash=xxh3-64	method=oph	K=2	seed=6840140583568806350
corpus/zh-weather.txt	201	0115384a049551ba
