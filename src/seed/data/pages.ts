import type { SeedPage } from './types'

/** Demo pages for "Le Petit Zinc", rue de la Roquette, Paris 11e. */

export const pages: SeedPage[] = [
  {
    slug: 'home',
    title: { fr: 'Le Petit Zinc', en: 'Le Petit Zinc' },
    intro: {
      fr: 'Un bistrot de quartier rue de la Roquette : cuisine de saison, vins nature et un vieux comptoir en zinc.',
      en: 'A neighbourhood bistro on rue de la Roquette: seasonal cooking, natural wines and an old zinc counter.',
    },
    sections: [
      {
        heading: { fr: 'Bienvenue', en: 'Welcome' },
        paragraphs: {
          fr: [
            'Entre Bastille et Voltaire, Le Petit Zinc a gardé le comptoir, les banquettes et les miroirs de l’ancien café du coin. On y vient pour un verre au bar, un déjeuner rapide ou un long dîner entre amis.',
            'La maison est ouverte du mardi au samedi, midi et soir. La cuisine change au fil des marchés, l’accueil, lui, reste le même.',
          ],
          en: [
            'Between Bastille and Voltaire, Le Petit Zinc has kept the counter, the banquettes and the mirrors of the old corner café. Come for a glass at the bar, a quick lunch or a long dinner with friends.',
            'We are open Tuesday to Saturday, for lunch and dinner. The cooking changes with the markets; the welcome does not.',
          ],
        },
      },
      {
        heading: { fr: 'La cuisine', en: 'The cooking' },
        paragraphs: {
          fr: [
            'Des classiques de bistrot faits comme il faut : œuf mayonnaise, bœuf bourguignon mijoté sept heures, tarte Tatin servie tiède. À côté, une ardoise qui suit les saisons, avec les légumes de nos maraîchers d’Île-de-France et le poisson de petite pêche.',
            'Tout est préparé sur place, de la terrine aux glaces. Le midi, une formule entrée-plat ou plat-dessert permet de déjeuner en moins d’une heure.',
          ],
          en: [
            'Bistro classics done properly: egg mayonnaise, beef bourguignon braised for seven hours, tarte Tatin served warm. Alongside them, a chalkboard that follows the seasons, with vegetables from our Île-de-France growers and fish from small-boat fishermen.',
            'Everything is made on site, from the terrine to the ice cream. At lunchtime, a starter-and-main or main-and-dessert set menu lets you eat well in under an hour.',
          ],
        },
      },
      {
        heading: { fr: 'Réserver une table', en: 'Book a table' },
        paragraphs: {
          fr: [
            'La salle compte trente-six couverts et se remplit vite le soir. Réservez en ligne en quelques clics : vous recevrez une confirmation par e-mail et un rappel la veille.',
            'Quelques places au comptoir sont toujours gardées pour celles et ceux qui passent sans prévenir.',
          ],
          en: [
            'The dining room seats thirty-six and fills up quickly in the evening. Book online in a few clicks: you will receive a confirmation by email and a reminder the day before.',
            'A few seats at the counter are always kept for those who drop in without notice.',
          ],
        },
      },
    ],
    metaDescription: {
      fr: 'Le Petit Zinc, bistrot rue de la Roquette (Paris 11e) : cuisine de saison, vins nature, réservation en ligne. Du mardi au samedi, midi et soir.',
      en: 'Le Petit Zinc, a bistro on rue de la Roquette, Paris 11e: seasonal French cooking and natural wines. Open Tuesday to Saturday. Book online.',
    },
  },
  {
    slug: 'about',
    title: { fr: 'Notre histoire', en: 'Our story' },
    intro: {
      fr: 'Deux amis, un ancien café-tabac et l’envie de cuisiner comme on aime manger.',
      en: 'Two friends, an old café-tabac and the wish to cook the way we like to eat.',
    },
    sections: [
      {
        heading: { fr: 'Les fondateurs', en: 'The founders' },
        paragraphs: {
          fr: [
            'Camille Roussel et Théo Marchand se sont rencontrés en 2009 dans la cuisine d’une brasserie lyonnaise, elle au piano, lui en salle. Dix ans plus tard, ils ont repris un café-tabac fatigué de la rue de la Roquette dont personne ne voulait plus.',
            'Ils ont gratté les murs, sauvé le comptoir en zinc des années 1930 et rouvert les portes au printemps 2019. Le nom s’est imposé tout seul.',
          ],
          en: [
            'Camille Roussel and Théo Marchand met in 2009 in the kitchen of a Lyon brasserie, she at the stove, he on the floor. Ten years later, they took over a tired café-tabac on rue de la Roquette that nobody wanted any more.',
            'They stripped the walls, saved the 1930s zinc counter and reopened the doors in the spring of 2019. The name chose itself.',
          ],
        },
      },
      {
        heading: { fr: 'L’équipe', en: 'The team' },
        paragraphs: {
          fr: [
            'Camille Roussel, cheffe et cofondatrice, écrit la carte chaque semaine en fonction de ce que lui apportent les producteurs. Théo Marchand, cofondateur et sommelier, tient la salle et la cave, et connaît chaque vigneron par son prénom.',
            'Inès Benali, cheffe pâtissière, prépare chaque matin les tartes, les babas et les glaces. Autour d’eux, une petite équipe fidèle de six personnes, en cuisine comme en salle.',
          ],
          en: [
            'Camille Roussel, chef and co-founder, writes the menu every week around what the producers bring her. Théo Marchand, co-founder and sommelier, runs the dining room and the cellar, and knows every winemaker by first name.',
            'Inès Benali, pastry chef, makes the tarts, babas and ice creams every morning. Around them, a loyal team of six in the kitchen and on the floor.',
          ],
        },
      },
      {
        heading: { fr: 'Ce qui compte pour nous', en: 'What matters to us' },
        paragraphs: {
          fr: [
            'La saison d’abord : pas de tomates en janvier ni d’asperges en octobre. Nos légumes viennent de deux maraîchers du Vexin, la viande d’éleveurs du Limousin et de l’Aveyron, le poisson de petits bateaux bretons.',
            'Côté cave, uniquement des vins nature ou très peu sulfités, choisis chez des vignerons qui travaillent leurs vignes à la main. La plupart sont proposés au verre, pour goûter sans se ruiner.',
          ],
          en: [
            'Seasons first: no tomatoes in January, no asparagus in October. Our vegetables come from two growers in the Vexin, our meat from farmers in the Limousin and Aveyron, our fish from small Breton boats.',
            'In the cellar, only natural or very low-sulphite wines, chosen from winemakers who tend their vines by hand. Most are offered by the glass, so you can explore without breaking the bank.',
          ],
        },
      },
      {
        heading: { fr: 'La salle', en: 'The room' },
        paragraphs: {
          fr: [
            'Trente-six couverts, des banquettes en moleskine rouge, un carrelage d’origine et ce long comptoir en zinc où l’on prend volontiers l’apéritif. Aux beaux jours, une petite terrasse de huit places s’installe sur le trottoir.',
          ],
          en: [
            'Thirty-six seats, red moleskin banquettes, the original tiled floor and that long zinc counter where an aperitif always tastes better. In fine weather, a small eight-seat terrace sets up on the pavement.',
          ],
        },
      },
    ],
    metaDescription: {
      fr: 'L’histoire du Petit Zinc : Camille Roussel et Théo Marchand, une cuisine de saison, des producteurs locaux et des vins nature à Paris 11e.',
      en: 'The story of Le Petit Zinc: Camille Roussel and Théo Marchand, seasonal cooking, local producers and natural wines in Paris 11e.',
    },
  },
  {
    slug: 'contact',
    title: { fr: 'Contact et accès', en: 'Contact and directions' },
    intro: {
      fr: 'Rue de la Roquette, Paris 11e, entre Bastille et Voltaire. Ouvert du mardi au samedi, de 12 h à 14 h 30 et de 19 h 30 à 22 h 30.',
      en: 'Rue de la Roquette, Paris 11e, between Bastille and Voltaire. Open Tuesday to Saturday, 12:00–14:30 and 19:30–22:30.',
    },
    sections: [
      {
        heading: { fr: 'Venir au restaurant', en: 'Getting here' },
        paragraphs: {
          fr: [
            'En métro, descendez à Voltaire (ligne 9), à cinq minutes à pied, ou à Bastille (lignes 1, 5 et 8), à dix minutes en remontant la rue de la Roquette. Le bus 69 passe par la rue de la Roquette, et plusieurs stations Vélib’ se trouvent à moins de deux cents mètres.',
            'Il est difficile de se garer dans le quartier : le parking public le plus proche se trouve place de la Bastille.',
          ],
          en: [
            'By metro, get off at Voltaire (line 9), a five-minute walk away, or at Bastille (lines 1, 5 and 8), ten minutes up rue de la Roquette. Bus 69 runs along rue de la Roquette, and there are several Vélib’ bike stations within two hundred metres.',
            'Parking in the area is difficult: the nearest public car park is at Place de la Bastille.',
          ],
        },
      },
      {
        heading: { fr: 'Accessibilité', en: 'Accessibility' },
        paragraphs: {
          fr: [
            'L’entrée comporte une marche de douze centimètres ; nous disposons d’une rampe amovible, il suffit de le signaler au moment de la réservation. La salle est de plain-pied, mais les toilettes se trouvent au sous-sol et ne sont pas accessibles en fauteuil.',
            'Les chiens d’assistance sont bien entendu les bienvenus.',
          ],
          en: [
            'There is a twelve-centimetre step at the entrance; we have a portable ramp, so just let us know when you book. The dining room is on one level, but the toilets are in the basement and are not wheelchair accessible.',
            'Assistance dogs are, of course, welcome.',
          ],
        },
      },
      {
        heading: { fr: 'Privatisation et groupes', en: 'Private events and groups' },
        paragraphs: {
          fr: [
            'Le restaurant peut être privatisé le midi ou le soir, jusqu’à trente-six personnes assises ou cinquante en cocktail. Nous composons avec vous un menu et un accord de vins nature sur mesure.',
            'Pour les groupes de plus de huit personnes, merci de nous écrire par e-mail plutôt que de réserver en ligne.',
          ],
          en: [
            'The restaurant can be booked privately for lunch or dinner, for up to thirty-six seated guests or fifty standing. We will put together a tailored menu and natural wine pairing with you.',
            'For groups of more than eight, please email us rather than booking online.',
          ],
        },
      },
      {
        heading: { fr: 'Nous appeler', en: 'Calling us' },
        paragraphs: {
          fr: [
            'Nous répondons au téléphone du mardi au samedi, de 10 h à 12 h et de 15 h à 18 h. Pendant le service, toute l’équipe est auprès des clients et nous ne décrochons pas toujours : la réservation en ligne reste le moyen le plus simple.',
            'En cas de retard ou d’annulation, un petit appel ou un message est toujours apprécié, si possible la veille.',
          ],
          en: [
            'We answer the phone Tuesday to Saturday, 10:00–12:00 and 15:00–18:00. During service the whole team is looking after guests and we cannot always pick up, so booking online is the easiest way.',
            'If you are running late or need to cancel, a quick call or message is always appreciated, ideally the day before.',
          ],
        },
      },
    ],
    metaDescription: {
      fr: 'Accès au Petit Zinc, rue de la Roquette (Paris 11e) : métro Voltaire ou Bastille, bus 69, accessibilité, privatisation et horaires.',
      en: 'How to reach Le Petit Zinc, rue de la Roquette, Paris 11e: metro Voltaire or Bastille, bus 69, accessibility, private events and hours.',
    },
  },
]

/** The name of the group the two demo restaurants form; the site's name. */
export const GROUP_NAME = 'Le Petit Zinc & La Cantine du Port'

/** The group home's intro, above the restaurants' cards. */
export const groupHome: SeedPage = {
  slug: 'home',
  title: { fr: GROUP_NAME, en: GROUP_NAME },
  intro: { fr: 'Deux maisons, une même idée de la table.', en: 'Two houses, one idea of a good table.' },
  sections: [
    {
      heading: { fr: 'Deux maisons', en: 'Two houses' },
      paragraphs: {
        fr: ['Un bistrot de quartier à Paris, une cantine de poissons sur le Vieux-Port de Marseille : la même cuisine du marché, deux mers différentes. Choisissez votre table.'],
        en: ['A neighbourhood bistro in Paris, a fish canteen on the Old Port of Marseille: the same market cooking, two different seas. Choose your table.'],
      },
    },
  ],
  metaDescription: {
    fr: 'Le Petit Zinc à Paris et La Cantine du Port à Marseille : cartes, horaires et réservation en ligne.',
    en: 'Le Petit Zinc in Paris and La Cantine du Port in Marseille: menus, opening hours and online booking.',
  },
}
