// Ant Design and client-side GraphQL for 申诉复核's decision form (README, "Speed": providers only where needed).
export { default } from '@/components/ProvidersLayout';
