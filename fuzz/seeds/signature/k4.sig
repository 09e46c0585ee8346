#precis-signatures	v2	k=3	unit=word	normalize=nfkc-casefold	lang=en	stem=snowball	stopwords=keep	short=one-shingle	shingle_seed=0	hash=xxh3-64	method=oph	K=4	seed=6840140583568806350	check=82b7a60c
corpus/en-council-budget-a.txt	427	012e923e039f62b30001468f015a6e49	8e7c9be2
corpus/en-council-budget-b.txt	470	01641ab2031f2cd30001468f015a6e49	990c986a
corpus/en-short-wire.txt	58	17620e8b07c84a7501018c6e32038437	b39e1f0f
#precis-signatures-end	records=3	check=b8ef64226bce4da0
