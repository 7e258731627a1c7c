/** Demo sign-ins, printed in the README. Change or delete them before going live. */
export const DEMO_ACCOUNTS = [
  { email: 'admin@techplus.test', password: 'techplus-admin', name: 'Alex Admin', role: 'admin', restaurant: null },
  { email: 'owner@techplus.test', password: 'techplus-owner', name: 'Odile Propriétaire', role: 'owner', restaurant: 'zinc' },
  { email: 'manager@techplus.test', password: 'techplus-manager', name: 'Marc Gérant', role: 'manager', restaurant: 'zinc' },
  { email: 'host@techplus.test', password: 'techplus-host', name: 'Hélène Accueil', role: 'host', restaurant: 'zinc' },
  { email: 'host@cantine.test', password: 'techplus-host', name: 'Karim Accueil', role: 'host', restaurant: 'cantine' },
] as const
