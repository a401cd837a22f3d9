/**
 * The words the pages are written with, and the mentions placed among them.
 *
 * The filler words share no content word with any alias of the dataset (a unit test checks
 * it, and that the matcher finds nothing in page (c)), so a page holds exactly the mentions
 * the generator placed, and every highlighter can be checked against that number.
 */

/** French news prose without any name of the affair: function words and common vocabulary. */
export const FILLER_WORDS: readonly string[] = (
  'le la les un une des du de au aux et ou mais donc car ni que qui dont où en dans sur sous ' +
  'avec sans pour par entre vers chez depuis pendant après avant selon contre comme aussi très ' +
  'plus moins bien déjà encore toujours jamais souvent parfois ici alors ainsi enfin cependant ' +
  'rapport ministre gouvernement projet décision débat question réponse texte article loi ' +
  'hôpital patient médecin chercheur étude recherche équipe service système réseau outil ' +
  'marché entreprise contrat appel offre prix coût budget milliard million euro année mois ' +
  'semaine jour matin soir ville région pays europe France Paris Lyon Marseille Bruxelles ' +
  'public privé national local européen français politique économique technique juridique ' +
  'sécurité protection confidentialité information fichier serveur logiciel stockage calcul ' +
  'hébergement souveraineté transparence contrôle audit enquête avis délibération recours ' +
  'nouveau nouvelle ancien grand grande petit petite premier première dernier dernière long ' +
  'important importante récent récente possible nécessaire difficile simple clair claire ' +
  'fournisseur prestataire opérateur acteur utilisateur citoyen association syndicat élu ' +
  'député rapporteur commission groupe comité conseil autorité agence direction institut ' +
  'annonce présente explique souligne rappelle estime indique précise affirme conteste ' +
  'prévoit permet demande propose refuse accepte publie signe lance engage poursuit ' +
  'migration transfert accès usage traitement analyse volume flux panne incident ' +
  'calendrier étape phase délai échéance horizon stratégie feuille route cadre règle norme ' +
  'hiver printemps été automne lundi mardi mercredi jeudi vendredi samedi dimanche'
).split(' ');

/** Words for titles and short link texts. */
export const HEADLINE_WORDS: readonly string[] = (
  'santé numérique données hébergement souveraineté cloud marché contrat recherche hôpital ' +
  'patients sécurité transparence débat enquête réforme stratégie calendrier budget ' +
  'innovation logiciel réseau audit avis recours migration transfert accès'
).split(' ');

/**
 * Mentions the pages carry: aliases of the dataset as a news page writes them, mostly
 * unambiguous, a few ambiguous ones that count because the page is on topic.
 */
export const MENTIONS: readonly string[] = [
  'Health Data Hub',
  'Plateforme des données de santé',
  'CNIL',
  'Cloud Act',
  'SecNumCloud',
  'Microsoft Azure',
  'Privacy Shield',
  'Data Privacy Framework',
  'OVHcloud',
  'NumSpot',
  'Cloud Temple',
  'Cour de justice de l’Union européenne',
  'CJUE',
  'Conseil d’État',
  'Philippe Latombe',
  'Olivier Véran',
  'Stéphanie Combes',
  'Internet Society France',
  'Anticor',
  'entrepôt EMC2',
  'Délégation au numérique en santé',
  'DINUM',
  'Agence du numérique en santé',
  'Caisse nationale d’assurance maladie',
  'European Medicines Agency',
  'parquet national financier',
  'Commission nationale de l’informatique et des libertés',
  'Amazon Web Services',
  'Claude Raynal',
];

/**
 * A mention written across inline elements, as pages do ("Health <em>Data</em> Hub"):
 * a highlighter that searches text node by text node misses it.
 */
export const SPLIT_MENTION_HTML = 'Health <em>Data</em> Hub';
