export * from './chat-notifications';
