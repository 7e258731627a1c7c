import type { SeedCategory, SeedDish, SeedPage } from './types'

/** Demo content for "La Cantine du Port", a fish restaurant on the Vieux-Port of Marseille. */

export const cantineCategories: SeedCategory[] = [
  {
    slug: 'cru-et-coquillages',
    name: { fr: 'Cru et coquillages', en: 'Raw bar and shellfish' },
    description: { fr: 'Ouverts à la commande, sur glace pilée.', en: 'Opened to order, on crushed ice.' },
    order: 1,
  },
  {
    slug: 'a-la-plancha',
    name: { fr: 'À la plancha', en: 'From the plancha' },
    description: { fr: 'La pêche du matin, selon l’arrivage des pointus.', en: 'The morning catch, as the fishing boats bring it in.' },
    order: 2,
  },
  {
    slug: 'douceurs',
    name: { fr: 'Douceurs', en: 'Sweets' },
    description: { fr: 'Pour finir face au port.', en: 'To finish, facing the harbour.' },
    order: 3,
  },
]

/** Photos are the seed's own (src/seed/images), shared with Le Petit Zinc's menu where the dish is alike. */
export const cantineDishes: SeedDish[] = [
  {
    slug: 'huitres-de-bouzigues',
    category: 'cru-et-coquillages',
    name: { fr: 'Huîtres de Bouzigues (6)', en: 'Bouzigues oysters (6)' },
    description: { fr: 'De l’étang de Thau, citron et vinaigre à l’échalote.', en: 'From the Thau lagoon, with lemon and shallot vinegar.' },
    priceMinor: 1800,
    allergens: ['molluscs', 'sulphites'],
    dietary: [],
    image: 'huitres-marennes-oleron.jpg',
    featured: true,
  },
  {
    slug: 'soupe-de-poissons',
    category: 'cru-et-coquillages',
    name: { fr: 'Soupe de poissons de roche', en: 'Rockfish soup' },
    description: { fr: 'Rouille, croûtons aillés et emmental.', en: 'With rouille, garlic croutons and grated cheese.' },
    priceMinor: 1200,
    allergens: ['fish', 'eggs', 'gluten', 'milk'],
    dietary: [],
    image: 'veloute-de-potimarron.jpg',
    featured: true,
  },
  {
    slug: 'lieu-jaune-plancha',
    category: 'a-la-plancha',
    name: { fr: 'Lieu jaune à la plancha', en: 'Pollack from the plancha' },
    description: { fr: 'Beurre blanc au citron, fenouil rôti.', en: 'Lemon beurre blanc, roasted fennel.' },
    priceMinor: 2600,
    allergens: ['fish', 'milk'],
    dietary: ['gluten_free'],
    image: 'lieu-jaune-beurre-blanc.jpg',
    featured: true,
  },
  {
    slug: 'legumes-grilles-pois-chiches',
    category: 'a-la-plancha',
    name: { fr: 'Légumes grillés et pois chiches', en: 'Grilled vegetables and chickpeas' },
    description: { fr: 'Herbes de Provence, huile d’olive de la vallée des Baux.', en: 'Provence herbs, olive oil from the Baux valley.' },
    priceMinor: 1900,
    allergens: [],
    dietary: ['vegan', 'gluten_free'],
    image: 'legumes-rotis-lentilles.jpg',
    featured: true,
  },
  {
    slug: 'navettes-et-glace',
    category: 'douceurs',
    name: { fr: 'Navettes et glace à la fleur d’oranger', en: 'Navettes with orange-blossom ice cream' },
    description: { fr: 'Les biscuits de Saint-Victor, glace maison.', en: 'Marseille’s Saint-Victor biscuits, house ice cream.' },
    priceMinor: 900,
    allergens: ['gluten', 'eggs', 'milk'],
    dietary: ['vegetarian'],
    image: 'riz-au-lait.jpg',
  },
]

export const cantinePages: SeedPage[] = [
  {
    slug: 'home',
    title: { fr: 'La Cantine du Port', en: 'La Cantine du Port' },
    intro: {
      fr: 'Poissons du jour et coquillages face au Vieux-Port de Marseille, midi et soir.',
      en: 'Catch of the day and shellfish facing the Old Port of Marseille, lunch and dinner.',
    },
    sections: [
      {
        heading: { fr: 'La pêche du matin', en: 'The morning catch' },
        paragraphs: {
          fr: [
            'Chaque matin, Nadia passe au marché aux poissons du quai des Belges et compose la carte avec ce que les pêcheurs ont rapporté : daurade, loup, rouget ou lieu selon la saison.',
            'Cru, grillé à la plancha ou en soupe, le poisson est servi simplement, avec les légumes de Provence et une huile d’olive des Baux.',
          ],
          en: [
            'Every morning Nadia walks to the fish market on quai des Belges and writes the menu from what the fishermen brought in: sea bream, sea bass, red mullet or pollack depending on the season.',
            'Raw, grilled on the plancha or in a soup, the fish is served simply, with Provence vegetables and olive oil from Les Baux.',
          ],
        },
      },
    ],
    metaDescription: {
      fr: 'La Cantine du Port, Marseille : poissons du jour et coquillages sur le Vieux-Port. Réservez en ligne.',
      en: 'La Cantine du Port, Marseille: catch of the day and shellfish on the Old Port. Book online.',
    },
  },
  {
    slug: 'about',
    title: { fr: 'Notre histoire', en: 'Our story' },
    intro: { fr: 'Une ancienne cabane de pêcheurs devenue cantine de quartier.', en: 'An old fishermen’s hut turned neighbourhood canteen.' },
    sections: [
      {
        heading: { fr: 'Depuis 2014 sur le quai', en: 'On the quay since 2014' },
        paragraphs: {
          fr: [
            'Nadia Benali et Lucas Ferrer ont repris la cabane des pêcheurs du quai du Port en 2014. Ils y ont installé une plancha, huit tables et une terrasse les pieds presque dans l’eau.',
            'Le Petit Zinc, à Paris, est leur maison sœur : même goût pour les produits du jour, autre mer.',
          ],
          en: [
            'Nadia Benali and Lucas Ferrer took over the fishermen’s hut on quai du Port in 2014. They put in a plancha, eight tables and a terrace almost on the water.',
            'Le Petit Zinc, in Paris, is their sister house: the same taste for the day’s produce, another sea.',
          ],
        },
      },
    ],
    metaDescription: {
      fr: 'L’histoire de La Cantine du Port, cantine de poissons sur le Vieux-Port de Marseille.',
      en: 'The story of La Cantine du Port, a fish canteen on the Old Port of Marseille.',
    },
  },
  {
    slug: 'contact',
    title: { fr: 'Contact et accès', en: 'Contact and directions' },
    intro: { fr: '12 quai du Port, Marseille 2e, face à l’hôtel de ville.', en: '12 quai du Port, Marseille 2nd, opposite the town hall.' },
    sections: [
      {
        heading: { fr: 'Venir au restaurant', en: 'Getting here' },
        paragraphs: {
          fr: ['Métro Vieux-Port (ligne 1), à quatre minutes à pied. Le ferry-boat traverse le port toutes les dix minutes.'],
          en: ['Metro Vieux-Port (line 1), a four-minute walk. The ferry boat crosses the harbour every ten minutes.'],
        },
      },
    ],
    metaDescription: { fr: 'Adresse, horaires et accès de La Cantine du Port à Marseille.', en: 'Address, opening hours and directions for La Cantine du Port in Marseille.' },
  },
]
