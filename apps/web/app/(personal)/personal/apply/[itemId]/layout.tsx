// Ant Design and client-side GraphQL for these pages (README, "Speed": providers only where needed).
export { default } from '@/components/ProvidersLayout';
