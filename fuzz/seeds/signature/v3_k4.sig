#precis-signatures	v3	k=4	unit=word	normalize=nfkc-casefold	lang=en	stem=snowball	stopwords=keep	furniture=skip	short=one-shingle	shingle_seed=0	hash=xxh3-64	method=oph	K=4	seed=6840140583568806350	check=52b6d356
a	5	8dc576518dc576511f260e68ed2e5ac0	599e11ee
b	4	6012e38a6012e38a6e246b496e246b49	b05acbe1
#precis-signatures-end	records=2	check=ea11a1a8bf99c3f1
