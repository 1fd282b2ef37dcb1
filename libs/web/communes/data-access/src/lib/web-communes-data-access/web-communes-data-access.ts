import { Component } from '@angular/core';

@Component({
  selector: 'bep-web-communes-data-access',
  imports: [],
  templateUrl: './web-communes-data-access.html',
  styleUrl: './web-communes-data-access.css'
})
export class WebCommunesDataAccess {}
