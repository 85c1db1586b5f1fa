import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // <gigya-logout> is a custom element, not a Vue component.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'gigya-logout' } },
    }),
  ],
});
