// Types of the matchers cdktf's Testing.setupJest() registers (declared by
// cdktf in a path our lint keeps code from importing).
declare namespace jest {
  interface Matchers<R> {
    toHaveResource(resourceConstructor: { tfResourceType: string }): R;
    toHaveResourceWithProperties(resourceConstructor: { tfResourceType: string }, properties: Record<string, any>): R;
    toHaveDataSource(dataSourceConstructor: { tfResourceType: string }): R;
    toHaveDataSourceWithProperties(dataSourceConstructor: { tfResourceType: string }, properties: Record<string, any>): R;
    toHaveProvider(providerConstructor: { tfResourceType: string }): R;
    toHaveProviderWithProperties(providerConstructor: { tfResourceType: string }, properties: Record<string, any>): R;
  }
}
