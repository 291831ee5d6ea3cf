// Nothing to lower here: the plugins leave this file to the bundler, untransformed.
export function plain() {
  return 'plain marker:plain';
}
