import * as migration_20261126_223621_initial from './20261126_223621_initial';

export const migrations = [
  {
    up: migration_20261126_223621_initial.up,
    down: migration_20261126_223621_initial.down,
    name: '20261126_223621_initial'
  },
];
