/**
 * The 38 communes of the Province of Namur (Statbel NIS codes, population on 1 January 2020,
 * area centroids). Namur is "hors catégorie": not eligible. Kept as the source TSV, parsed by
 * parseCommunesTsv, so that an update is a diff of the published file.
 */
export const NAMUR_COMMUNES_TSV = `
nis	name	arrondissement	postal_code	population	population_date	lat	lon	eligible
91005	Anhée	Dinant	5537	7143	2020-01-01	50.3156	4.8147	true
91013	Beauraing	Dinant	5570	9157	2020-01-01	50.0890	4.9542	true
91015	Bièvre	Dinant	5555	3362	2020-01-01	49.9188	5.0204	true
91030	Ciney	Dinant	5590	16706	2020-01-01	50.2655	5.1214	true
91034	Dinant	Dinant	5500	13374	2020-01-01	50.2441	4.9452	true
91054	Gedinne	Dinant	5575	4652	2020-01-01	49.9800	4.9012	true
91059	Hamois	Dinant	5360	7364	2020-01-01	50.3318	5.1414	true
91064	Havelange	Dinant	5370	5237	2020-01-01	50.3558	5.2514	true
91072	Houyet	Dinant	5560	4987	2020-01-01	50.1843	5.0013	true
91103	Onhaye	Dinant	5520	3230	2020-01-01	50.2597	4.8227	true
91114	Rochefort	Dinant	5580	12571	2020-01-01	50.1521	5.1771	true
91120	Somme-Leuze	Dinant	5377	5799	2020-01-01	50.2970	5.3299	true
91141	Yvoir	Dinant	5530	9109	2020-01-01	50.3200	4.9394	true
91142	Hastière	Dinant	5540	6016	2020-01-01	50.1952	4.8287	true
91143	Vresse-sur-Semois	Dinant	5550	2579	2020-01-01	49.8476	4.9167	true
92003	Andenne	Namur	5300	27573	2020-01-01	50.4808	5.0581	true
92006	Assesse	Namur	5330	7090	2020-01-01	50.3717	4.9855	true
92035	Eghezée	Namur	5310	16448	2020-01-01	50.5823	4.8942	true
92045	Floreffe	Namur	5150	8148	2020-01-01	50.4308	4.7584	true
92048	Fosses-la-Ville	Namur	5070	10469	2020-01-01	50.3919	4.6881	true
92054	Gesves	Namur	5340	7208	2020-01-01	50.4187	5.0535	true
92087	Mettet	Namur	5640	13153	2020-01-01	50.3186	4.6772	true
92094	Namur	Namur	5000	111432	2020-01-01	50.4609	4.8680	false
92097	Ohey	Namur	5350	5142	2020-01-01	50.4336	5.1714	true
92101	Profondeville	Namur	5170	12176	2020-01-01	50.3719	4.8232	true
92114	Sombreffe	Namur	5140	8480	2020-01-01	50.5202	4.5994	true
92137	Sambreville	Namur	5060	28372	2020-01-01	50.4409	4.6235	true
92138	Fernelmont	Namur	5380	8067	2020-01-01	50.5505	4.9895	true
92140	Jemeppe-sur-Sambre	Namur	5190	19100	2020-01-01	50.4692	4.6691	true
92141	La Bruyère	Namur	5080	9232	2020-01-01	50.5279	4.8105	true
92142	Gembloux	Namur	5030	26141	2020-01-01	50.5498	4.7066	true
93010	Cerfontaine	Philippeville	5630	4987	2020-01-01	50.1738	4.4446	true
93014	Couvin	Philippeville	5660	13838	2020-01-01	50.0347	4.4853	true
93018	Doische	Philippeville	5680	2970	2020-01-01	50.1405	4.7060	true
93022	Florennes	Philippeville	5620	11266	2020-01-01	50.2495	4.6401	true
93056	Philippeville	Philippeville	5600	9201	2020-01-01	50.1676	4.5955	true
93088	Walcourt	Philippeville	5650	18407	2020-01-01	50.2652	4.4433	true
93090	Viroinval	Philippeville	5670	5646	2020-01-01	50.0504	4.6230	true
`;
