export { parsePrice, type ParsedPrice } from './price';
