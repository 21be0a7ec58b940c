export { default } from '../../questions/loading';
